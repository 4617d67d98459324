package io.contactkit.domain.model;



/**
 * A user of the system: owner, creator or updater of a contact.
 * <p>One component per wire property, in wire order; the wire name is the component name with
 * its first letter in upper case. Lists and maps are never null.
 */
public record Associate(
        int associateId,
        String name,
        int personId,
        int rank,
        String tooltip,
        @WireEnum(SuperOfficeEnum.USER_TYPE) String type,
        int groupIdx,
        String fullName,
        String formalName,
        boolean deleted,
        int ejUserId,
        String userName) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
            .associateId(associateId)
            .name(name)
            .personId(personId)
            .rank(rank)
            .tooltip(tooltip)
            .type(type)
            .groupIdx(groupIdx)
            .fullName(fullName)
            .formalName(formalName)
            .deleted(deleted)
            .ejUserId(ejUserId)
            .userName(userName);
    }

    /** Builds a Associate step by step; unset properties keep their empty value. */
    public static final class Builder {
        private int associateId = 0;
        private String name = null;
        private int personId = 0;
        private int rank = 0;
        private String tooltip = null;
        private String type = null;
        private int groupIdx = 0;
        private String fullName = null;
        private String formalName = null;
        private boolean deleted = false;
        private int ejUserId = 0;
        private String userName = null;

        private Builder() {
        }

        public Builder associateId(int associateId) {
            this.associateId = associateId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder personId(int personId) {
            this.personId = personId;
            return this;
        }

        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        public Builder tooltip(String tooltip) {
            this.tooltip = tooltip;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder groupIdx(int groupIdx) {
            this.groupIdx = groupIdx;
            return this;
        }

        public Builder fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        public Builder formalName(String formalName) {
            this.formalName = formalName;
            return this;
        }

        public Builder deleted(boolean deleted) {
            this.deleted = deleted;
            return this;
        }

        public Builder ejUserId(int ejUserId) {
            this.ejUserId = ejUserId;
            return this;
        }

        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        public Associate build() {
            return new Associate(associateId, name, personId, rank, tooltip, type, groupIdx, fullName, formalName, deleted, ejUserId, userName);
        }
    }
}
