package io.github.ucwakit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ucwakit.generator.GenerateOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

    private static GenerateMojo mojo(String executionId, String version) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.descriptorDirectory = new File("src/main/ucwa");
        mojo.outputDirectory = new File("target/generated-sources/ucwakit");
        mojo.resourceOutputDirectory = new File("target/generated-resources/ucwakit");
        mojo.stateDirectory = new File("target/ucwakit-state");
        mojo.packageName = "com.example";
        mojo.execution = new MojoExecution(new MojoDescriptor(), executionId);
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("io.github.ucwakit");
        plugin.setArtifactId("ucwakit-maven-plugin");
        plugin.setVersion(version);
        mojo.plugin = plugin;
        return mojo;
    }

    @Test
    void everyExecutionKeepsAStateFileOfItsOwn() {
        assertThat(mojo("contacts", "1.0").stateFile())
                .isEqualTo(Path.of("target", "ucwakit-state", "generate-contacts.state"));
        assertThat(mojo("rooms", "1.0").stateFile()).isNotEqualTo(mojo("contacts", "1.0").stateFile());
        assertThat(mojo("odd/id:1", "1.0").stateFile().getFileName())
                .hasToString("generate-odd_id_1.state");
    }

    @Test
    void noticesAnotherResourceFolderThatRegistersProviders(@TempDir Path temp) throws IOException {
        GenerateMojo mojo = mojo("rooms", "1.0");
        mojo.resourceOutputDirectory = temp.resolve("rooms").toFile();
        mojo.project = new MavenProject();
        Path contacts = temp.resolve("contacts");
        Files.createDirectories(contacts.resolve("META-INF/services"));
        Files.writeString(contacts.resolve(GenerateMojo.SERVICES_FILE), "com.example.contacts.GeneratedBindings\n");
        Files.createDirectories(mojo.resourceOutputDirectory.toPath().resolve("META-INF/services"));
        Files.writeString(mojo.resourceOutputDirectory.toPath().resolve(GenerateMojo.SERVICES_FILE), "x.Y\n");
        for (Path folder : List.of(contacts, temp.resolve("plain"), mojo.resourceOutputDirectory.toPath())) {
            Resource resource = new Resource();
            resource.setDirectory(folder.toString());
            mojo.project.addResource(resource);
        }
        assertThat(mojo.otherRegistrations()).containsExactly(contacts.toAbsolutePath().normalize());
    }

    @Test
    void thePluginVersionIsPartOfTheConfiguration() {
        GenerateOptions options = mojo("default", "1.0").options();
        assertThat(options.configurationFingerprint()).isEqualTo("io.github.ucwakit:ucwakit-maven-plugin:1.0");
        assertThat(mojo("default", "1.1").options().configurationFingerprint())
                .isNotEqualTo(options.configurationFingerprint());
        assertThat(options.stateFile()).isEqualTo(mojo("default", "1.0").stateFile());
        assertThat(options.javaPackage()).isEqualTo("com.example");
    }
}
