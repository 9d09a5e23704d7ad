package io.github.ucwakit.runtime;

/**
 * Reads any resource into a {@link GenericResource}: the first single self link becomes its self, everything
 * else is kept in its {@link UnknownMembers}.
 */
final class GenericResourceBinding implements ResourceBinding<GenericResource> {

    /** Not a real rel: this binding reads every rel. */
    static final String ANY_REL = "*";

    @Override
    public String rel() {
        return ANY_REL;
    }

    @Override
    public Class<GenericResource> type() {
        return GenericResource.class;
    }

    @Override
    public GenericResource read(ResourceReader reader) {
        GenericResource.Builder resource = GenericResource.builder();
        UnknownMembers.Builder unknown = UnknownMembers.builder();
        Link self = null;
        for (ResourceReader.Member member = reader.next(); member != ResourceReader.Member.END;
                member = reader.next()) {
            switch (member) {
                case PROPERTY -> unknown.readProperty(reader);
                case LINK -> {
                    if (self == null && "self".equals(reader.name()) && !reader.inArray()) {
                        self = reader.readLink();
                    } else {
                        unknown.readLink(reader);
                    }
                }
                case EMBEDDED -> unknown.readEmbedded(reader);
                default -> throw new IllegalStateException("unexpected member " + member);
            }
        }
        unknown.readRelOnWire(reader);
        return resource.rel(reader.rel()).self(self).unknownMembers(unknown.build()).build();
    }

    @Override
    public void write(GenericResource resource, ResourceWriter writer) {
        resource.unknownMembers().beginResource(writer, resource.rel(), resource.self().orElse(null));
        resource.unknownMembers().writeLinks(writer);
        resource.unknownMembers().writeProperties(writer);
        resource.unknownMembers().writeEmbedded(writer);
        writer.endResource();
    }
}
