package io.github.otpadvisor.report.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Iterator;
import java.util.Map;

/** A map of the model (slugs, pictures by name) as a template hash; keys and values are wrapped when read. */
final class MapModel implements TemplateHashModelEx2 {
    private final Map<?, ?> map;
    private final ObjectWrapper wrapper;

    MapModel(Map<?, ?> map, ObjectWrapper wrapper) {
        this.map = map;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return wrapper.wrap(map.get(key));
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(map.keySet(), wrapper);
    }

    @Override
    public TemplateCollectionModel values() {
        return new SimpleCollection(map.values(), wrapper);
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() {
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        return new KeyValuePairIterator() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public KeyValuePair next() {
                Map.Entry<?, ?> e = entries.next();
                return new KeyValuePair() {
                    @Override
                    public TemplateModel getKey() throws TemplateModelException {
                        return wrapper.wrap(e.getKey());
                    }

                    @Override
                    public TemplateModel getValue() throws TemplateModelException {
                        return wrapper.wrap(e.getValue());
                    }
                };
            }
        };
    }
}
