// An enumeration a resource uses edited: only the enumeration's class is written.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def outputs = [sources, 'target/generated-resources/ucwakit']

builds.age(*outputs)
builds.file('src/main/ucwa/Availability.yaml') << '''  - name: Busy
    description: Busy.
'''
def log = builds.mvn('edited', 'compile')
assert log.contains(': 1 file written, 8 unchanged, 0 deleted')
assert builds.touched(sources) == ['com/example/contacts/Availability.java']
assert builds.touched('target/generated-resources/ucwakit') == []
assert builds.file("$sources/com/example/contacts/Availability.java").text.contains('Availability BUSY')
return true
