package io.github.otpadvisor.report.model;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The rules' explanations are Markdown (the same files the docs render); the HTML pages need them as
 * HTML. Raw HTML in the source is escaped and link targets are sanitized, so even a user's own
 * explanation text cannot inject markup.
 */
final class MarkdownToHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownToHtml() {
    }

    /** HTML with every heading {@code demoteBy} levels deeper (capped at h6), to sit under a page's own. */
    static String render(String markdown, int demoteBy) {
        Node doc = PARSER.parse(markdown);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + demoteBy));
                visitChildren(heading);
            }
        });
        return RENDERER.render(doc);
    }
}
