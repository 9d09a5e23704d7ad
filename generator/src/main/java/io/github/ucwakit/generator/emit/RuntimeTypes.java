package io.github.ucwakit.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.ucwakit.runtime.BindingProvider;
import io.github.ucwakit.runtime.GeneratedBinding;
import io.github.ucwakit.runtime.GeneratedInputBinding;
import io.github.ucwakit.runtime.GenericResource;
import io.github.ucwakit.runtime.HttpMethod;
import io.github.ucwakit.runtime.InputBinding;
import io.github.ucwakit.runtime.InputWriter;
import io.github.ucwakit.runtime.Link;
import io.github.ucwakit.runtime.LinkTo;
import io.github.ucwakit.runtime.MemberLists;
import io.github.ucwakit.runtime.OpenEnum;
import io.github.ucwakit.runtime.RequestInput;
import io.github.ucwakit.runtime.ResourceBinding;
import io.github.ucwakit.runtime.ResourceReader;
import io.github.ucwakit.runtime.ResourceWriter;
import io.github.ucwakit.runtime.UcwaDateTime;
import io.github.ucwakit.runtime.UcwaEnum;
import io.github.ucwakit.runtime.UcwaEnums;
import io.github.ucwakit.runtime.UcwaResource;
import io.github.ucwakit.runtime.UnknownMembers;
import io.github.ucwakit.runtime.ValueText;
import io.github.ucwakit.runtime.errors.ErrorCatalog;
import io.github.ucwakit.runtime.errors.ErrorEntry;
import io.github.ucwakit.runtime.errors.GenericErrors;
import io.github.ucwakit.runtime.events.EventCatalog;
import io.github.ucwakit.runtime.events.EventDescription;
import io.github.ucwakit.runtime.events.EventPriority;
import io.github.ucwakit.runtime.events.EventType;
import io.github.ucwakit.runtime.operations.OperationDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The types generated code refers to, named from the classes themselves so that a rename breaks the build. */
final class RuntimeTypes {

    static final ClassName LINK = ClassName.get(Link.class);
    static final ClassName LINK_TO = ClassName.get(LinkTo.class);
    static final ClassName UNKNOWN_MEMBERS = ClassName.get(UnknownMembers.class);
    static final ClassName UNKNOWN_MEMBERS_BUILDER = UNKNOWN_MEMBERS.nestedClass("Builder");
    static final ClassName GENERIC_RESOURCE = ClassName.get(GenericResource.class);
    static final ClassName UCWA_RESOURCE = ClassName.get(UcwaResource.class);
    static final ClassName UCWA_ENUM = ClassName.get(UcwaEnum.class);
    static final ClassName UCWA_ENUMS = ClassName.get(UcwaEnums.class);
    static final ClassName OPEN_ENUM = ClassName.get(OpenEnum.class);
    static final ClassName UCWA_DATE_TIME = ClassName.get(UcwaDateTime.class);
    static final ClassName RESOURCE_BINDING = ClassName.get(ResourceBinding.class);
    static final ClassName RESOURCE_READER = ClassName.get(ResourceReader.class);
    static final ClassName READER_MEMBER = ClassName.get(ResourceReader.Member.class);
    static final ClassName RESOURCE_WRITER = ClassName.get(ResourceWriter.class);
    static final ClassName BINDING_PROVIDER = ClassName.get(BindingProvider.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    static final ClassName OPTIONAL = ClassName.get(Optional.class);
    static final ClassName OBJECTS = ClassName.get(Objects.class);
    static final ClassName ARRAYS = ClassName.get(Arrays.class);
    static final ClassName MEMBER_LISTS = ClassName.get(MemberLists.class);
    static final ClassName VALUE_TEXT = ClassName.get(ValueText.class);
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName EVENT_DESCRIPTION = ClassName.get(EventDescription.class);
    static final ClassName EVENT_CATALOG = ClassName.get(EventCatalog.class);
    static final ClassName EVENT_TYPE = ClassName.get(EventType.class);
    static final ClassName EVENT_PRIORITY = ClassName.get(EventPriority.class);
    static final ClassName ERROR_ENTRY = ClassName.get(ErrorEntry.class);
    static final ClassName ERROR_CATALOG = ClassName.get(ErrorCatalog.class);
    static final ClassName GENERIC_ERRORS = ClassName.get(GenericErrors.class);
    static final ClassName OPERATION_DESCRIPTION = ClassName.get(OperationDescription.class);
    static final ClassName HTTP_METHOD = ClassName.get(HttpMethod.class);
    static final ClassName REQUEST_INPUT = ClassName.get(RequestInput.class);
    static final ClassName INPUT_WRITER = ClassName.get(InputWriter.class);
    static final ClassName INPUT_BINDING = ClassName.get(InputBinding.class);
    static final ClassName GENERATED_BINDING = ClassName.get(GeneratedBinding.class);
    static final ClassName GENERATED_INPUT_BINDING = ClassName.get(GeneratedInputBinding.class);

    /** The field through which generated code reaches the binding of resources no descriptor describes. */
    static final String GENERIC_BINDING_FIELD = "BINDING";

    private RuntimeTypes() {}

    static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(LIST, element);
    }

    static TypeName optionalOf(TypeName element) {
        return ParameterizedTypeName.get(OPTIONAL, element);
    }
}
