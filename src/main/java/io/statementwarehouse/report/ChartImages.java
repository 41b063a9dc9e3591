package io.statementwarehouse.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * The report's charts, drawn with XChart and embedded as PNG data URIs so the HTML file needs no
 * network and no other file. Drawn at twice the displayed size, so labels stay sharp on any screen.
 */
final class ChartImages {

    /** PLEDGE, INTENT, APPEAL, DEMAND: the colours the explorer's pages give the classes (templates/fragments/layout.html). */
    static final Color[] CLASS_COLORS = {new Color(0x2e7d32), new Color(0x1565c0), new Color(0xef6c00), new Color(0xc62828)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 24);

    private ChartImages() {
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Stacked bars: one bar per month, one stack segment per statement class. */
    static String monthlyByClass(List<String> months, List<String> classes, double[][] counts) {
        CategoryChart chart = new CategoryChartBuilder().width(2400).height(900).title("Statements per month, by class")
                .xAxisTitle("Month of publication").yAxisTitle("Statements").build();
        style(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setSeriesColors(CLASS_COLORS);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        chart.getStyler().setXAxisTickMarkSpacingHint(40);
        for (int c = 0; c < classes.size(); c++) {
            chart.addSeries(classes.get(c), months, toList(counts[c]));
        }
        return png(chart);
    }

    /** Horizontal ranking as vertical bars: committers and their commitment counts. */
    static String topCommitters(List<String> names, List<Number> counts) {
        CategoryChart chart = new CategoryChartBuilder().width(2400).height(900).title("Top committers (PLEDGE, INTENT, APPEAL)")
                .xAxisTitle("Committer").yAxisTitle("Commitments").build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0x455a64)});
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(LABEL);
        chart.addSeries("commitments", names, counts);
        return png(chart);
    }

    /**
     * Topics (rows) by committer (columns): the share of each committer's commitments on each topic, in
     * percent, so a committer with few statements reads as clearly as one with thousands.
     */
    static String topicByCountry(List<String> committers, List<String> topics, List<Number[]> cells) {
        HeatMapChart chart = new HeatMapChartBuilder().width(2400).height(1500)
                .title("Share of each committer's commitments by topic (%)").build();
        style(chart.getStyler());
        chart.getStyler().setShowValue(true);
        chart.getStyler().setHeatMapValueDecimalPattern("#0");
        chart.getStyler().setYAxisTickMarkSpacingHint(10);
        chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        chart.getStyler().setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x6baed6), new Color(0x08306b)});
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.addSeries("commitments", committers, topics, cells);
        return png(chart);
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartTitleFont(TITLE);
        styler.setLegendFont(LEGEND);
        styler.setAntiAlias(true);
        if (styler instanceof org.knowm.xchart.style.AxesChartStyler axes) {
            axes.setAxisTitleFont(LEGEND);
            axes.setAxisTickLabelsFont(LABEL);
            axes.setPlotGridLinesColor(new Color(0xdddddd));
        }
    }

    private static List<Number> toList(double[] values) {
        return java.util.Arrays.stream(values).boxed().map(Number.class::cast).toList();
    }

    private static String png(Chart<?, ?> chart) {
        try {
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("drawing the chart " + chart.getTitle() + " failed", e);
        }
    }
}
