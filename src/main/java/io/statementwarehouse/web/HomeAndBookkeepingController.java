package io.statementwarehouse.web;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page (totals, the busiest pairs, the top committers) and the pages about the loads. */
@Controller
@ConditionalOnWebApplication
class HomeAndBookkeepingController {

    private static final int UNRESOLVED_PAGE = 100;

    private final WarehouseAccess access;
    private final FacetCache facets;

    HomeAndBookkeepingController(WarehouseAccess access, FacetCache facets) {
        this.access = access;
        this.facets = facets;
    }

    @GetMapping("/")
    String home(Model model) throws Exception {
        access.read(c -> {
            model.addAttribute("facets", facets.get(c));
            List<Bookkeeping.Run> runs = Bookkeeping.runs(c, null);
            model.addAttribute("lastRun", runs.isEmpty() ? null : runs.get(0));
            return null;
        });
        return "home";
    }

    @GetMapping("/unresolved")
    String unresolved(@RequestParam(name = "kind", required = false) String kind, @RequestParam(name = "page", required = false) Integer page,
                      Model model) throws Exception {
        String k = StatementFilter.blankToNull(kind);
        int pageNo = page == null || page < 1 ? 1 : page;
        access.read(c -> {
            long total = Bookkeeping.unresolvedCount(c, k);
            model.addAttribute("total", total);
            model.addAttribute("pages", Math.max(1, (total + UNRESOLVED_PAGE - 1) / UNRESOLVED_PAGE));
            model.addAttribute("names", Bookkeeping.unresolved(c, k, UNRESOLVED_PAGE, (long) (pageNo - 1) * UNRESOLVED_PAGE));
            return null;
        });
        model.addAttribute("kind", k);
        model.addAttribute("pageNo", pageNo);
        model.addAttribute("kinds", List.of("COUNTRY", "PERSON", "ORGANIZATION"));
        return "unresolved";
    }

    @GetMapping("/runs")
    String runs(Model model) throws Exception {
        model.addAttribute("runs", access.read(c -> Bookkeeping.runs(c, null)));
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable("id") long id, Model model) throws Exception {
        boolean found = access.read(c -> {
            List<Bookkeeping.Run> runs = Bookkeeping.runs(c, id);
            if (runs.isEmpty()) {
                return false;
            }
            model.addAttribute("run", runs.get(0));
            model.addAttribute("rejects", Bookkeeping.rejects(c, id));
            model.addAttribute("duplicates", Bookkeeping.duplicates(c, id));
            return true;
        });
        if (!found) {
            throw new ExplorerAdvice.NotFoundException("the warehouse has no run " + id);
        }
        return "run";
    }
}
