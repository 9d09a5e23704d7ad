// Two descriptors with the same file name in two folders are two inputs: each class names its own descriptor, and
// editing one rewrites only its classes.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def directory = 'com/example/directory'
assert builds.file("$sources/$directory/Person.java").text.contains('people/model.yaml')
assert builds.file("$sources/$directory/Place.java").text.contains('places/model.yaml')
def state = builds.file('target/ucwakit-state/generate-default.state').text
['people', 'places'].each { folder ->
    assert state.readLines().any { it.startsWith('input\t') && it.endsWith("${folder}${File.separator}model.yaml") }
}

builds.age(sources)
def place = builds.file('src/main/ucwa/places/model.yaml')
place.text = place.text.replace("The place's name.", 'What the place is called.')
def log = builds.mvn('place-edited', 'compile')
assert log.contains(': 1 file written, 7 unchanged, 0 deleted')
assert builds.touched(sources) == ["$directory/Place.java".toString()]
assert builds.file("$sources/$directory/Place.java").text.contains('What the place is called.')
return true
