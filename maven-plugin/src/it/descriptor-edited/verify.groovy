// A descriptor edited: only the files whose bytes change are written. A broken descriptor then fails the build and
// leaves the output and the state as they were.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def outputs = [sources, 'target/generated-resources/ucwakit', 'target/ucwakit-state']
def contacts = 'com/example/contacts'

assert builds.log('build.log').contains('UCWA bindings for 2 resources, 1 enumeration in ')
assert builds.log('build.log').contains(': 9 files written, 0 unchanged, 0 deleted')
assert builds.files('target/ucwakit-state') == ['generate-default.state']

builds.age(*outputs)
def descriptor = builds.file('src/main/ucwa/contact.yaml')
descriptor << '''  - name: nickname
    type: string
    description: What friends call the contact.
'''
def log = builds.mvn('edited', 'compile')
assert log.contains(': 2 files written, 7 unchanged, 0 deleted')
assert builds.touched(sources) == ["$contacts/Contact.java", "$contacts/ContactBinding.java"]*.toString()
assert builds.touched('target/generated-resources/ucwakit') == []
assert builds.touched('target/ucwakit-state') == ['generate-default.state']
assert builds.file("$sources/$contacts/Contact.java").text.contains('public @Nullable String nickname()')

builds.age(*outputs)
def before = outputs.collectEntries { [(it): builds.snapshot(it)] }
def edited = descriptor.text
descriptor.text = edited.replace('type: string\n    description: What', 'type: strin\n    description: What')
log = builds.mvnFailing('broken', 'compile')
assert log =~ /contact\.yaml:\d+:\d+: .*strin/
outputs.each { assert builds.snapshot(it) == before[it] : "$it changed by a failed build" }

descriptor.text = edited
log = builds.mvn('repaired', 'compile')
assert log =~ /UCWA bindings in .* are up to date \(2 resources, 1 enumeration, 9 files unchanged\)/
outputs.each { assert builds.touched(it) == [] }
return true
