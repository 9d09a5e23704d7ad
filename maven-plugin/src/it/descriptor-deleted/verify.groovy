// A descriptor deleted: its classes are deleted, the provider and its registration rewritten, the rest untouched.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def resources = 'target/generated-resources/ucwakit'
def contacts = 'com/example/contacts'
assert builds.files(sources).contains("$contacts/NoteBinding.java".toString())

builds.age(sources, resources)
assert builds.file('src/main/ucwa/note.yaml').delete()
def log = builds.mvn('deleted', 'compile')
assert log.contains(': 2 files written, 4 unchanged, 3 deleted')
assert log.contains("Deleted ${contacts.replace('/', File.separator)}${File.separator}Note.java (no longer generated)")
assert builds.files(sources) == ['Availability', 'Contact', 'ContactBinding', 'ContactLinks', 'GeneratedBindings']
        .collect { "$contacts/${it}.java".toString() }
assert builds.touched(sources) == ["$contacts/GeneratedBindings.java".toString()]
assert builds.touched(resources) == ['META-INF/services/io.github.ucwakit.runtime.BindingProvider']
assert !builds.file("$sources/$contacts/GeneratedBindings.java").text.contains('NoteBinding')
assert !builds.file('target/classes/com/example/contacts/Note.class').exists()
return true
