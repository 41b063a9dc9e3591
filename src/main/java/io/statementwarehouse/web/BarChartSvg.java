package io.statementwarehouse.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart drawn on the server as SVG shapes for a template to write out: one group per period, one bar per
 * series. No script, no image, no network; every label still escaped by the template.
 */
public record BarChartSvg(int width, int height, List<Rect> bars, List<Label> labels, List<Line> lines, List<Legend> legend) {

    public record Rect(double x, double y, double w, double h, String fill, String title) {
    }

    public record Label(double x, double y, String text, String anchor) {
    }

    public record Line(double x1, double y1, double x2, double y2) {
    }

    public record Legend(double x, double y, String fill, String text) {
    }

    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 34;
    private static final int BOTTOM = 44;

    /**
     * @param periods the group labels, in order
     * @param series  the series' names
     * @param colours one fill per series
     * @param values  values[series][period]
     */
    public static BarChartSvg of(int width, int height, List<String> periods, List<String> series, List<String> colours, long[][] values) {
        long max = 1;
        for (long[] row : values) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        double plotW = width - LEFT - RIGHT;
        double plotH = height - TOP - BOTTOM;
        List<Rect> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (long tick = 0; tick <= top; tick += step) {
            double y = TOP + plotH - plotH * tick / top;
            lines.add(new Line(LEFT, y, width - RIGHT, y));
            labels.add(new Label(LEFT - 6, y + 4, Long.toString(tick), "end"));
        }
        int groups = Math.max(1, periods.size());
        double groupW = plotW / groups;
        // Bars no wider than 40 px, however few the periods: a single month should not fill the chart.
        double barW = Math.min(40, Math.max(1, (groupW * 0.8) / Math.max(1, series.size())));
        int labelEvery = Math.max(1, (int) Math.ceil(groups / (plotW / 48.0)));
        for (int p = 0; p < periods.size(); p++) {
            double gx = LEFT + p * groupW + (groupW - barW * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                long v = values[s][p];
                double h = plotH * v / top;
                bars.add(new Rect(round(gx + s * barW), round(TOP + plotH - h), round(barW - 1), round(h), colours.get(s),
                        periods.get(p) + ": " + series.get(s) + ": " + v));
            }
            if (p % labelEvery == 0) {
                labels.add(new Label(round(LEFT + p * groupW + groupW / 2), TOP + plotH + 16, periods.get(p), "middle"));
            }
        }
        List<Legend> legend = new ArrayList<>();
        double lx = LEFT;
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Legend(lx, 10, colours.get(s), series.get(s)));
            lx += 28 + 7.5 * series.get(s).length();
        }
        return new BarChartSvg(width, height, bars, labels, lines, legend);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    private static long niceStep(long max) {
        long raw = Math.max(1, max / 5);
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(raw)));
        for (long m : new long[] {1, 2, 5, 10}) {
            if (raw <= m * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double v) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", v));
    }
}
