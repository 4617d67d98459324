package io.contactkit.codec;

import io.contactkit.domain.schema.CarrierModel;
import io.contactkit.domain.schema.ValueType;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A plain tree (maps, lists and scalars) as a {@link DocumentSource}: for documents that exist as trees already, such
 * as form bodies, whose fields name their places in any order, and the values of patch operations. A tree holds no
 * syntax to refuse and no name twice.
 */
final class TreeSource implements DocumentSource {

    private final boolean textOnly;
    /** The iterators of the open maps (over entries) and lists, innermost last. */
    private final List<Iterator<?>> open = new ArrayList<>();
    /** What {@link #value} moves onto next. */
    private Object next;
    private String name;

    TreeSource(Object root, boolean textOnly) {
        this.next = root;
        this.textOnly = textOnly;
    }

    @Override
    public void begin(Position position) {
        // nothing in a tree is refused here
    }

    @Override
    public Object value(ValueType expected, int maxLength) {
        Object value = next;
        next = null;
        if (value instanceof Map<?, ?> map) {
            open.add(map.entrySet().iterator());
            return Start.OBJECT;
        }
        if (value instanceof List<?> list) {
            open.add(list.iterator());
            return Start.ARRAY;
        }
        return value;
    }

    @Override
    public Object tree() {
        throw new IllegalStateException("a tree source hands out no trees");
    }

    @Override
    public int nextProperty(CarrierModel model) {
        if (!nextMember()) {
            return END;
        }
        int index = model.indexOf(name);
        return index < 0 ? UNKNOWN : index;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String nextKey() {
        return nextMember() ? name : null;
    }

    private boolean nextMember() {
        Iterator<?> entries = innermost();
        if (!entries.hasNext()) {
            close();
            return false;
        }
        Map.Entry<?, ?> entry = (Map.Entry<?, ?>) entries.next();
        name = String.valueOf(entry.getKey());
        next = entry.getValue();
        return true;
    }

    @Override
    public boolean nextItem() {
        Iterator<?> items = innermost();
        if (!items.hasNext()) {
            close();
            return false;
        }
        next = items.next();
        return true;
    }

    @Override
    public void skipValue() {
        next = null;
    }

    @Override
    public void skipRest() {
        close();
    }

    @Override
    public void end() {
        // a tree ends with its root
    }

    @Override
    public boolean textOnly() {
        return textOnly;
    }

    private Iterator<?> innermost() {
        return open.get(open.size() - 1);
    }

    private void close() {
        open.remove(open.size() - 1);
    }
}
