package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.project.ProjectFacts;

/**
 * Names to use in advice: the project's own Task.Supervisor or Registry when its supervision tree
 * has one, else one named after the module's top namespace, so the fix reads as this project's code.
 */
final class ProjectNames {
    private ProjectNames() {
    }

    static String taskSupervisor(ProjectFacts project, String module) {
        return existing(project, "Task.Supervisor", module, "TaskSupervisor");
    }

    static String registry(ProjectFacts project, String module) {
        return existing(project, "Registry", module, "Registry");
    }

    private static String existing(ProjectFacts project, String childModule, String module, String suffix) {
        for (ChildrenList list : project.childrenLists()) {
            for (ChildSpec child : list.children()) {
                if (childModule.equals(child.module()) && child.name() != null) {
                    String name = child.name().module() != null ? child.name().module() : child.name().text();
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        String root = module == null || module.isEmpty() ? "MyApp" : module.split("\\.")[0];
        return root + "." + suffix;
    }
}
