package io.contactkit.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * A list item that can be selected, as the contact's interests are.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record SelectableMDOListItem(
        int id,
        String name,
        String toolTip,
        boolean deleted,
        int rank,
        String type,
        int colorBlock,
        String iconHint,
        boolean selected,
        Instant lastChanged,
        List<SelectableMDOListItem> childItems,
        String extraInfo,
        String styleHint,
        boolean hidden,
        String fullName) {

    public SelectableMDOListItem {
        childItems = childItems == null ? List.of() : List.copyOf(childItems);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .id(id)
            .name(name)
            .toolTip(toolTip)
            .deleted(deleted)
            .rank(rank)
            .type(type)
            .colorBlock(colorBlock)
            .iconHint(iconHint)
            .selected(selected)
            .lastChanged(lastChanged)
            .childItems(childItems)
            .extraInfo(extraInfo)
            .styleHint(styleHint)
            .hidden(hidden)
            .fullName(fullName);
    }

    /** Builds a SelectableMDOListItem step by step; unset properties keep their empty value. */
    public static final class Builder {
        private int id = 0;
        private String name = null;
        private String toolTip = null;
        private boolean deleted = false;
        private int rank = 0;
        private String type = null;
        private int colorBlock = 0;
        private String iconHint = null;
        private boolean selected = false;
        private Instant lastChanged = null;
        private List<SelectableMDOListItem> childItems = List.of();
        private String extraInfo = null;
        private String styleHint = null;
        private boolean hidden = false;
        private String fullName = null;

        private Builder() {
        }

        public Builder id(int id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder toolTip(String toolTip) {
            this.toolTip = toolTip;
            return this;
        }

        public Builder deleted(boolean deleted) {
            this.deleted = deleted;
            return this;
        }

        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder colorBlock(int colorBlock) {
            this.colorBlock = colorBlock;
            return this;
        }

        public Builder iconHint(String iconHint) {
            this.iconHint = iconHint;
            return this;
        }

        public Builder selected(boolean selected) {
            this.selected = selected;
            return this;
        }

        public Builder lastChanged(Instant lastChanged) {
            this.lastChanged = lastChanged;
            return this;
        }

        public Builder childItems(List<SelectableMDOListItem> childItems) {
            this.childItems = childItems;
            return this;
        }

        public Builder extraInfo(String extraInfo) {
            this.extraInfo = extraInfo;
            return this;
        }

        public Builder styleHint(String styleHint) {
            this.styleHint = styleHint;
            return this;
        }

        public Builder hidden(boolean hidden) {
            this.hidden = hidden;
            return this;
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public SelectableMDOListItem build() {
            return new SelectableMDOListItem(id, name, toolTip, deleted, rank, type, colorBlock, iconHint, selected, lastChanged, childItems, extraInfo, styleHint, hidden, fullName);
        }
    }
}
