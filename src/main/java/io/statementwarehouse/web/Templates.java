package io.statementwarehouse.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The explorer's templates outside a web server: the nightly report is rendered from the same templates
 * (src/main/resources/templates) and the same expression language (SpEL) as the pages, so the project has one way to
 * render HTML, and the same escaping of untrusted text.
 */
public final class Templates {

    private static final TemplateEngine ENGINE = engine();

    private Templates() {
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Renders {@code template} (a name under templates/, without .html) with these variables. */
    public static String render(String template, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.ROOT);
        context.setVariables(variables);
        return ENGINE.process(template, context);
    }
}
