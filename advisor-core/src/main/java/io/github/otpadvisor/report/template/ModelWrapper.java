package io.github.otpadvisor.report.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Map;

/**
 * What a template may see: the report model's records (their components and their own derived values,
 * {@link RecordModel}), lists, string-keyed maps, strings, numbers, booleans and enum constants (as
 * their text). Anything else is refused when a template reaches it, so no Java method outside the model
 * is callable: no {@code getClass()}, no JDK object, no class loader. {@code ?api} finds nothing here
 * either, since none of these models offers an API view.
 */
final class ModelWrapper implements ObjectWrapper {
    static final ModelWrapper INSTANCE = new ModelWrapper();

    private ModelWrapper() {
    }

    @Override
    public TemplateModel wrap(Object value) throws TemplateModelException {
        if (value == null || value instanceof TemplateModel) {
            // null is "missing" to templates; TemplateModels are the renderer's own helpers and FreeMarker's values.
            return (TemplateModel) value;
        } else if (value instanceof String s) {
            return new SimpleScalar(s);
        } else if (value instanceof Number n) {
            return new SimpleNumber(n);
        } else if (value instanceof Boolean b) {
            return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        } else if (value instanceof Character || value instanceof Enum) {
            return new SimpleScalar(value.toString());
        } else if (value instanceof Record r) {
            return new RecordModel(r, this);
        } else if (value instanceof List<?> l) {
            return new ListModel(l, this);
        } else if (value instanceof Map<?, ?> m) {
            return new MapModel(m, this);
        }
        throw new TemplateModelException("templates see the report model only; a "
                + value.getClass().getSimpleName() + " is not part of the report model");
    }
}
