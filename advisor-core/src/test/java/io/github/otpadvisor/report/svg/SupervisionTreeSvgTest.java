package io.github.otpadvisor.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.project.SupervisionNode.Expansion;
import io.github.otpadvisor.project.SupervisionNode.Kind;
import io.github.otpadvisor.project.SupervisionNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SupervisionTreeSvgTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"&']]>\u0000\u0007é";

    private static SupervisionNode node(Kind kind, String label, String module, String strategy,
                                        List<SupervisionNode> children) {
        return new SupervisionNode(kind, label, module, null, strategy, children, Expansion.EXPANDED, null);
    }

    private static SupervisionNode leaf(String module) {
        return node(Kind.WORKER, module, module, null, List.of());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static SupervisionNode shop() {
        return node(Kind.APPLICATION, "Shop.Application", "Shop.Application", "one_for_one", List.of(
                node(Kind.REGISTRY, "Registry Shop.Registry", null, null, List.of()),
                node(Kind.DYNAMIC_SUPERVISOR, "DynamicSupervisor Shop.Carts", null, "one_for_one",
                        List.of(node(Kind.DYNAMIC_CHILD, "Shop.Cart", "Shop.Cart", null, List.of()))),
                leaf("Shop.Cache"), leaf(HOSTILE)));
    }

    @Test
    void theTreeIsWellFormedSvgWithEveryNodeKindAndStrategy() throws Exception {
        String svg = SupervisionTreeSvg.render(shop(), m -> null, Map.of());
        Document doc = parse(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        assertTrue(doc.getDocumentElement().getTextContent().contains("one_for_one"));
        assertTrue(doc.getDocumentElement().getTextContent().contains("Registry Shop.Registry"));
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, doc.getElementsByTagNameNS("*", "foreignObject").getLength());
    }

    @Test
    void hostileNamesStayTextAndIllegalCharactersGo() throws Exception {
        String svg = SupervisionTreeSvg.render(shop(), m -> "../modules/x.html", Map.of(HOSTILE, "error"));
        Document doc = parse(svg);
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains("<script>alert(1)</script>\"&']]>"), text);
        assertTrue(text.contains("é"), "non-ASCII survives as a character reference");
        assertFalse(svg.contains("\u0000") || svg.contains("\u0007"), "characters XML forbids are dropped");
    }

    @Test
    void modulesWithAPageAreLinkedAndSchemesAreRefused() throws Exception {
        String svg = SupervisionTreeSvg.render(shop(),
                m -> m.equals("Shop.Cart") ? "../modules/Shop.Cart.html" : m.equals("Shop.Cache") ? "javascript:alert(1)"
                        : null, Map.of());
        Document doc = parse(svg);
        NodeList links = doc.getElementsByTagNameNS("*", "a");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        assertTrue(hrefs.contains("../modules/Shop.Cart.html"), hrefs.toString());
        assertTrue(hrefs.stream().noneMatch(h -> h.toLowerCase().contains("javascript")), hrefs.toString());
    }

    @Test
    void modulesWithFindingsAreMarkedNotOnlyColoured() {
        String plain = SupervisionTreeSvg.render(shop(), m -> null, Map.of());
        String flagged = SupervisionTreeSvg.render(shop(), m -> null, Map.of("Shop.Cache", "error"));
        java.util.regex.Pattern markedNode = java.util.regex.Pattern.compile("class=\"oa-node[^\"]*oa-sev-error");
        assertFalse(markedNode.matcher(plain).find());
        assertTrue(markedNode.matcher(flagged).find());
        assertTrue(flagged.contains("! error"), "a text badge, readable without colour");
    }

    @Test
    void aHundredAndFiftyChildrenGetOneRowEach() throws Exception {
        List<SupervisionNode> kids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            kids.add(leaf("Shop.Worker" + i));
        }
        String svg = SupervisionTreeSvg.render(node(Kind.SUPERVISOR, "Shop.Sup", "Shop.Sup", "one_for_one", kids),
                m -> null, Map.of());
        NodeList groups = parse(svg).getElementsByTagNameNS("*", "g");
        Set<String> rows = new HashSet<>();
        int nodes = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (g.getAttribute("class").startsWith("oa-node")) {
                nodes++;
                Element box = (Element) g.getElementsByTagNameNS("*", "rect").item(0);
                rows.add(box.getAttribute("y"));
            }
        }
        assertEquals(151, nodes);
        assertEquals(151, rows.size(), "no two nodes share a row");
        int width = Integer.parseInt(parse(svg).getDocumentElement().getAttribute("width"));
        assertTrue(width < 1200, "width does not grow with the number of children: " + width);
    }

    @Test
    void aVeryDeepChainDoesNotOverflowTheStack() {
        SupervisionNode n = leaf("Deep.Leaf");
        for (int i = 0; i < 10_000; i++) {
            n = node(Kind.SUPERVISOR, "Deep.Sup" + i, "Deep.Sup" + i, null, List.of(n));
        }
        assertTrue(SupervisionTreeSvg.render(n, m -> null, Map.of()).startsWith("<svg"));
    }

    @Test
    void sharedAndCutNodesAreMarkedExplainedAndTheCutIsNoted() throws Exception {
        SupervisionNode tree = node(Kind.APPLICATION, "App", "App", null, List.of(
                node(Kind.SUPERVISOR, "App.Sup", "App.Sup", null, List.of(leaf("App.W"))),
                new SupervisionNode(Kind.SUPERVISOR, "App.Sup", "App.Sup", null, null, List.of(), Expansion.SHARED,
                        null),
                new SupervisionNode(Kind.SUPERVISOR, "App.Big", "App.Big", null, null, List.of(), Expansion.CUT,
                        null)));
        String text = parse(SupervisionTreeSvg.render(tree, m -> null, Map.of())).getDocumentElement()
                .getTextContent();
        assertTrue(text.contains("expanded where it first appears, not again"), "legend: " + text);
        assertTrue(text.contains("not expanded: size limit"), "legend: " + text);
        assertTrue(text.contains("expanded where it first appears: not again here"), "tooltip: " + text);
        assertTrue(text.contains(SupervisionNode.CUT_NOTE), "note below the rows: " + text);
        String plain = SupervisionTreeSvg.render(shop(), m -> null, Map.of());
        assertFalse(plain.contains("shared") || plain.contains("cut"), "marks appear only when used");
    }

    @Test
    void theSameTreeGivesTheSameBytes() {
        assertEquals(SupervisionTreeSvg.render(shop(), m -> "x.html", Map.of("Shop.Cache", "warning")),
                SupervisionTreeSvg.render(shop(), m -> "x.html", Map.of("Shop.Cache", "warning")));
    }
}
