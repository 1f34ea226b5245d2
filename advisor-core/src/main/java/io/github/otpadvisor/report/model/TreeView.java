package io.github.otpadvisor.report.model;

import io.github.otpadvisor.project.SupervisionNode;

/**
 * One supervision tree of an application.
 *
 * @param root  the label of its root
 * @param slug  file-name-safe identifier (its picture is {@code trees/<slug>.svg})
 * @param text  the tree as indented text (Markdown, and the accessible fallback of the picture)
 * @param tree  the tree itself, which each format draws with its own links
 * @param nodes how many nodes it has
 */
public record TreeView(String root, String slug, String text, SupervisionNode tree, int nodes) {
}
