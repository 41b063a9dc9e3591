package io.statementwarehouse.web;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/** Statements: every statement, filtered, sorted and paged; and the same rows as CSV. */
@Controller
@ConditionalOnWebApplication
class StatementsController {

    private final WarehouseAccess access;
    private final FacetCache facets;

    StatementsController(WarehouseAccess access, FacetCache facets) {
        this.access = access;
        this.facets = facets;
    }

    /** What the page shows besides the rows. */
    public record Page(List<StatementRow> rows, long total, int pageNo, int pages, long firstRow, long tookMillis) {
    }

    @GetMapping("/statements")
    String statements(StatementFilter filter, Model model, HttpServletResponse response) throws Exception {
        long t0 = System.nanoTime();
        Page page = access.read(c -> {
            FacetCache.State state = facets.state(c, access.mode() == WarehouseAccess.Mode.READ_ONLY ? access.opening() : -1);
            model.addAttribute("facets", state.facets());
            StatementQueries.Counted counted = StatementQueries.select(c, filter, state.counts()).read(c, state.counts());
            long total = counted.total();
            List<StatementRow> rows = counted.rows();
            int pages = (int) Math.max(1, (total + filter.pageSize() - 1) / filter.pageSize());
            return new Page(rows, total, filter.pageNo(), pages, (long) (filter.pageNo() - 1) * filter.pageSize() + 1,
                    (System.nanoTime() - t0) / 1_000_000);
        });
        response.setHeader("Server-Timing", "db;dur=" + page.tookMillis());
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("classes", StatementFilter.CLASSES);
        return "statements";
    }

    @GetMapping("/statements.csv")
    void csv(StatementFilter filter, HttpServletResponse response) throws Exception {
        response.setContentType("text/csv; charset=utf-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"statements.csv\"");
        access.read(c -> {
            Writer out = response.getWriter();
            StatementQueries.exportCsv(c, filter, out);
            out.flush();
            return null;
        });
    }
}
