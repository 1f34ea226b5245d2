package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.StartSite;

import java.util.List;

/** Works out each process module's {@link Supervision} from the linked trees and start sites. */
final class Supervisions {
    private Supervisions() {
    }

    static Supervision of(ProcessModule m, TreePaths paths) {
        TreePaths.Found found = paths.to(m.name(), 1, 64);
        if (!found.paths().isEmpty()) {
            List<SupervisionNode> nodes = found.paths().get(0).nodes();
            SupervisionNode self = nodes.get(nodes.size() - 1);
            SupervisionNode parent = nodes.size() >= 2 ? nodes.get(nodes.size() - 2) : null;
            String parentName = parent == null ? null : parent.module() != null ? parent.module() : parent.label();
            if (self.kind() == SupervisionNode.Kind.DYNAMIC_CHILD) {
                return new Supervision(Supervision.Status.DYNAMIC, parentName, self.location(),
                        "started at runtime under " + parentName);
            }
            return new Supervision(Supervision.Status.STATIC, parentName, self.location(),
                    "a child of " + parentName + "'s children list");
        }
        if (!m.supervisedBy().isEmpty()) {
            SupervisedBy s = m.supervisedBy().get(0);
            String parent = s.list().module();
            return new Supervision(Supervision.Status.STATIC, parent, s.spec().location(),
                    "listed in the children of " + parent);
        }
        if (!m.dynamicStarts().isEmpty()) {
            StartSite s = m.dynamicStarts().get(0);
            String parent = s.supervisor() == null ? null
                    : s.supervisor().module() != null ? s.supervisor().module() : s.supervisor().text();
            return new Supervision(Supervision.Status.DYNAMIC, parent, s.location(),
                    "started through " + s.call() + " in " + s.module() + "." + s.function());
        }
        for (StartSite s : m.startSites()) {
            if (!s.inOwnStartLink() && !s.supervised() && !s.inTest()) {
                return new Supervision(Supervision.Status.NONE, null, s.location(),
                        "started by " + s.call() + " in " + s.module() + "." + s.function()
                                + ", outside any supervisor");
            }
        }
        return new Supervision(Supervision.Status.UNKNOWN, null, null,
                "no children list, start_child call or start site in the scanned files starts it");
    }
}
