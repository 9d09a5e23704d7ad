// Two executions in one module, each with its descriptor folder and package: each keeps its own state, both
// providers are registered in the shared services file and found at run time, and a change in one folder
// regenerates only that execution's classes.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def services = 'META-INF/services/io.github.ucwakit.runtime.BindingProvider'
assert builds.log('build.log').contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert builds.files('target/ucwakit-state') == ['generate-contacts.state', 'generate-rooms.state']
assert builds.file("target/classes/$services").readLines().findAll { !it.startsWith('#') } ==
        ['com.example.contacts.GeneratedBindings', 'com.example.rooms.GeneratedBindings']

builds.age(sources, 'target/generated-resources/ucwakit', 'target/ucwakit-state')
def room = builds.file('src/main/ucwa-rooms/room.yaml')
room << '''  - name: floor
    type: int
    description: The floor the room is on.
'''
def log = builds.mvn('rooms-edited', 'test')
assert log =~ /ucwakit-maven-plugin:[^:]+:generate \(contacts\)/
assert log =~ /UCWA bindings in .* are up to date \(1 resource, 1 enumeration, 6 files unchanged\)/
assert log.contains(': 2 files written, 3 unchanged, 0 deleted')
assert builds.touched(sources) == ['com/example/rooms/Room.java', 'com/example/rooms/RoomBinding.java']
assert builds.touched('target/generated-resources/ucwakit') == []
assert builds.touched('target/ucwakit-state') == ['generate-rooms.state']
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
return true
