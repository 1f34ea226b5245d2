package io.github.otpadvisor.report.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/** A list of the model as a template sequence; its items are wrapped when read. */
final class ListModel implements TemplateSequenceModel {
    private final List<?> list;
    private final ObjectWrapper wrapper;

    ListModel(List<?> list, ObjectWrapper wrapper) {
        this.list = list;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(int index) throws TemplateModelException {
        // Out of range is "missing" to templates, as with FreeMarker's own sequences.
        return index >= 0 && index < list.size() ? wrapper.wrap(list.get(index)) : null;
    }

    @Override
    public int size() {
        return list.size();
    }
}
