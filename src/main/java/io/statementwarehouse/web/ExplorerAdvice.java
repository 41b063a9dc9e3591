package io.statementwarehouse.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.statementwarehouse.warehouse.WarehouseUnavailableException;

/** What every page gets (the warehouse's name), and the pages for a held or missing warehouse and unknown items. */
@ControllerAdvice
@ConditionalOnWebApplication
class ExplorerAdvice {

    private static final Logger log = LoggerFactory.getLogger(ExplorerAdvice.class);

    private final WarehouseAccess access;

    ExplorerAdvice(WarehouseAccess access) {
        this.access = access;
    }

    @ModelAttribute("warehouseFile")
    String warehouseFile() {
        return access.warehouse().file().toString();
    }

    /** A run holds the file (standalone serve), or there is no warehouse yet: say so, and that it is temporary. */
    @ExceptionHandler(WarehouseUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(WarehouseUnavailableException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "unavailable";
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "notfound";
    }

    /** Not a way in: a failing query is logged in full and shown as one sentence. */
    @ExceptionHandler(java.sql.SQLException.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String failed(java.sql.SQLException e, Model model) {
        log.error("A page's query failed", e);
        model.addAttribute("message", "the warehouse could not answer: " + e.getMessage());
        return "unavailable";
    }

    /** An unknown release, pair or run. */
    static final class NotFoundException extends RuntimeException {
        NotFoundException(String message) {
            super(message);
        }
    }
}
