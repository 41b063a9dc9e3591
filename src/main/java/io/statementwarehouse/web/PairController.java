package io.statementwarehouse.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Two actors: their commitments to each other over time, by topic, with the sentences. */
@Controller
@ConditionalOnWebApplication
class PairController {

    private final WarehouseAccess access;
    private final FacetCache facets;

    PairController(WarehouseAccess access, FacetCache facets) {
        this.access = access;
        this.facets = facets;
    }

    @GetMapping("/pair")
    String pair(@RequestParam(name = "a", required = false) String a, @RequestParam(name = "b", required = false) String b,
                @RequestParam(name = "from", required = false) String from, @RequestParam(name = "to", required = false) String to,
                Model model) throws Exception {
        String first = StatementFilter.blankToNull(a);
        String second = StatementFilter.blankToNull(b);
        StatementFilter dates = new StatementFilter(null, null, null, null, null, from, to, null, null, null, null, null);
        access.read(c -> {
            Facets f = facets.get(c);
            model.addAttribute("facets", f);
            if (first != null && second != null) {
                model.addAttribute("result", PairQueries.load(c, first.strip(), second.strip(), dates.fromDate(), dates.toDate()));
                model.addAttribute("aName", f.name(first.strip()));
                model.addAttribute("bName", f.name(second.strip()));
            }
            return null;
        });
        model.addAttribute("a", first == null ? null : first.strip());
        model.addAttribute("b", second == null ? null : second.strip());
        model.addAttribute("dates", dates);
        model.addAttribute("colours", PairQueries.COLOURS);
        return "pair";
    }
}
