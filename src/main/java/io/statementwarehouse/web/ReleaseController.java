package io.statementwarehouse.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A release: its text exactly as read, each statement highlighted in its class's colour, mentions marked. */
@Controller
@ConditionalOnWebApplication
class ReleaseController {

    private final WarehouseAccess access;
    private final FacetCache facets;

    ReleaseController(WarehouseAccess access, FacetCache facets) {
        this.access = access;
        this.facets = facets;
    }

    @GetMapping("/release/{key}")
    String release(@PathVariable("key") long key, @RequestParam(name = "s", required = false) Integer sentence, Model model)
            throws Exception {
        ReleasePage release = access.read(c -> {
            model.addAttribute("facets", facets.get(c));
            return ReleasePage.load(c, key, sentence);
        });
        if (release == null) {
            throw new ExplorerAdvice.NotFoundException("the warehouse has no release with the key " + key);
        }
        model.addAttribute("release", release);
        model.addAttribute("target", sentence);
        return "release";
    }
}
