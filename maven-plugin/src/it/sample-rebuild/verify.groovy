// The descriptors of the generated-sample module, built again with nothing changed: every generated file keeps its
// bytes and modification time, the state file is not rewritten and nothing is compiled again.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def outputs = ['target/generated-sources/ucwakit', 'target/generated-resources/ucwakit', 'target/ucwakit-state']
def first = builds.log('build.log')
assert first =~ /UCWA bindings for \d+ resources?, \d+ enumerations? in .*: \d+ files? written, 0 unchanged, 0 deleted/
assert builds.files('target/generated-sources/ucwakit').contains('io/github/ucwakit/sample/Conversation.java')

builds.age(*outputs)
def generated = outputs.collectEntries { [(it): builds.snapshot(it)] }
def classes = builds.snapshot('target/classes')
def log = builds.mvn('unchanged', 'compile')
assert log =~ /UCWA bindings in .* are up to date \(\d+ resources?, \d+ enumerations?, \d+ files? unchanged\)/
assert log.contains('Nothing to compile - all classes are up to date')
outputs.each { assert builds.snapshot(it) == generated[it] : "$it changed" }
assert builds.snapshot('target/classes') == classes
return true
