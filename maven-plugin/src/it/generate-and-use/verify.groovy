def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = new File(basedir, 'target/generated-sources/ucwakit/com/example/contacts')
['Contact.java', 'ContactBinding.java', 'ContactLinks.java', 'Availability.java', 'GeneratedBindings.java'].each {
    assert new File(sources, it).isFile() : "missing generated $it"
}
assert new File(sources, 'Contact.java').text.contains('contact.yaml') : 'generated file does not name its descriptor'
def services = new File(basedir, 'target/classes/META-INF/services/io.github.ucwakit.runtime.BindingProvider')
assert services.readLines().findAll { !it.startsWith('#') && !it.isBlank() } == ['com.example.contacts.GeneratedBindings']
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

// Built again with nothing changed: no generated file is written and nothing is compiled again.
def outputs = ['target/generated-sources/ucwakit', 'target/generated-resources/ucwakit', 'target/ucwakit-state']
builds.age(*outputs)
def classes = builds.snapshot('target/classes')
def testClasses = builds.snapshot('target/test-classes')
log = builds.mvn('unchanged', 'test-compile')
assert log =~ /UCWA bindings in .* are up to date \(1 resource, 1 enumeration, 6 files unchanged\)/
outputs.each { assert builds.touched(it) == [] : "$it touched" }
assert builds.snapshot('target/classes') == classes
assert builds.snapshot('target/test-classes') == testClasses
assert log.contains('Nothing to compile - all classes are up to date')
return true
