// A configuration parameter changed from the command line: the classes move to the new package, the old ones and
// their folders go, the registration names the new provider.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def services = 'target/generated-resources/ucwakit/META-INF/services/io.github.ucwakit.runtime.BindingProvider'
assert builds.files(sources).every { it.startsWith('com/example/contacts/') }

def log = builds.mvn('people', '-Ducwakit.packageName=com.example.people', 'compile')
assert log.contains(': 6 files written, 0 unchanged, 5 deleted')
assert builds.files(sources) == ['Availability', 'Contact', 'ContactBinding', 'ContactLinks', 'GeneratedBindings']
        .collect { "com/example/people/${it}.java".toString() }
assert !builds.file("$sources/com/example/contacts").exists()
assert builds.file(services).readLines().findAll { !it.startsWith('#') } == ['com.example.people.GeneratedBindings']
assert builds.file('target/classes/com/example/people/Contact.class').isFile()
return true
