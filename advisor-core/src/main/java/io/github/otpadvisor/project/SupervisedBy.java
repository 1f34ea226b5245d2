package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;

/** A place where a module is listed as a child: the children list and its entry. */
public record SupervisedBy(ChildrenList list, ChildSpec spec, String file, String app) {
}
