package org.treatygraph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entities one article has introduced so far, with every name each was written as. */
final class EntityRegistry {

    static final class Builder {

        final String key;

        final EntityLabel label;

        String name;

        final Set<String> aliases = new LinkedHashSet<>();

        final Map<String, Object> properties = new LinkedHashMap<>();

        Builder(String key, EntityLabel label, String name) {
            this.key = key;
            this.label = label;
            this.name = name;
        }

        String property(String name) {
            var value = this.properties.get(name);
            return value == null ? null : value.toString();
        }

    }

    private final Map<String, Builder> entities = new LinkedHashMap<>();

    Builder register(String key, EntityLabel label, String name) {
        return this.entities.computeIfAbsent(key, k -> new Builder(k, label, name));
    }

    Builder get(String key) {
        return this.entities.get(key);
    }

    boolean contains(String key) {
        return this.entities.containsKey(key);
    }

    List<Builder> all() {
        return new ArrayList<>(this.entities.values());
    }

}
