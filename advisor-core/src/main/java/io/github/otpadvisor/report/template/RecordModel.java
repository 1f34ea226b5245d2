package io.github.otpadvisor.report.template;

import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A record of the report model as a template hash: {@code m.name} reads a component, and so does
 * {@code m.name()}, as with FreeMarker's own record support. Besides the components a record offers its
 * own derived values, the public no-argument methods it declares that return something
 * ({@code counts.total()}); {@code hashCode}, {@code toString}, {@code equals}, methods with arguments and
 * everything inherited ({@code getClass}) stay out of reach. Any other key is missing.
 */
final class RecordModel implements MethodCallAwareTemplateHashModel {
    private static final List<String> OBJECT_METHODS = List.of("hashCode", "toString");
    /** Per record class, its readable members by name. */
    private static final ClassValue<Map<String, Method>> MEMBERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return members(type);
        }
    };

    private final Record record;
    private final ObjectWrapper wrapper;

    RecordModel(Record record, ObjectWrapper wrapper) {
        this.record = record;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method member = MEMBERS.get(record.getClass()).get(key);
        return member == null ? null : wrapper.wrap(read(member));
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) {
        Method member = MEMBERS.get(record.getClass()).get(key);
        if (member == null) {
            return null;
        }
        return (TemplateMethodModelEx) args -> {
            if (!args.isEmpty()) {
                throw new TemplateModelException(key + "() takes no arguments");
            }
            return wrapper.wrap(read(member));
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private Object read(Method member) throws TemplateModelException {
        try {
            return member.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new TemplateModelException(member.getName() + " of " + record.getClass().getSimpleName()
                    + " failed: " + e, e);
        }
    }

    private static Map<String, Method> members(Class<?> type) {
        Map<String, Method> out = new TreeMap<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                    && !m.isBridge() && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && !OBJECT_METHODS.contains(m.getName())) {
                out.put(m.getName(), m);
            }
        }
        for (RecordComponent c : type.getRecordComponents()) {
            out.put(c.getName(), c.getAccessor());
        }
        return Collections.unmodifiableMap(out);
    }
}
