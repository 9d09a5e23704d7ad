// The README's Quick start built a user's project: classes generated from its descriptors, its excerpt compiled
// with -Xlint:all -Werror and run by the project's test.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'src/main/java/com/example/app/ReadmeQuickStart.java').isFile() : 'prebuild.groovy did not run'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the Quick start test did not run and pass'
def sources = new File(basedir, 'target/generated-sources/ucwakit')
def generated = []
sources.eachFileRecurse { if (it.name.endsWith('.java')) generated << it.name }
['Conversation.java', 'ConversationState.java', 'GeneratedBindings.java'].each {
    assert generated.contains(it) : "missing generated $it in $generated"
}

// Editor set-up: the README names where the JSON Schema sits in the schema jar; the jar has it there.
def readme = new File(readmeFile).getText('UTF-8')
def entry = (readme =~ /`(io\/github\/ucwakit\/schema\/[\w.-]+\.schema\.json)`/)
assert entry.find() : 'README.md does not name the JSON Schema inside the schema jar'
def jar = new File(localRepositoryPath, "io/github/ucwakit/ucwakit-schema/${projectVersion}/ucwakit-schema-${projectVersion}.jar")
assert jar.isFile() : "no schema jar at $jar"
def zip = new java.util.zip.ZipFile(jar)
try {
    assert zip.getEntry(entry.group(1)) != null : "the schema jar has no ${entry.group(1)}"
} finally {
    zip.close()
}
return true
