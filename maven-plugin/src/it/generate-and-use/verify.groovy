def sources = new File(basedir, 'target/generated-sources/ucwakit/com/example/contacts')
['Contact.java', 'ContactBinding.java', 'Availability.java', 'GeneratedBindings.java'].each {
    assert new File(sources, it).isFile() : "missing generated $it"
}
assert new File(sources, 'Contact.java').text.contains('contact.yaml') : 'generated file does not name its descriptor'
def services = new File(basedir, 'target/classes/META-INF/services/io.github.ucwakit.runtime.BindingProvider')
assert services.readLines().findAll { !it.startsWith('#') && !it.isBlank() } == ['com.example.contacts.GeneratedBindings']
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
return true
