// The output folders deleted by hand while the state file remains: everything is written again. The state file
// deleted while the output remains: everything is generated again and nothing rewritten.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def sources = 'target/generated-sources/ucwakit'
def resources = 'target/generated-resources/ucwakit'
def generated = builds.files(sources)
assert generated.size() == 8

assert builds.file(sources).deleteDir() && builds.file(resources).deleteDir()
assert builds.files('target/ucwakit-state') == ['generate-default.state']
def log = builds.mvn('output-deleted', 'compile')
assert log.contains(': 9 files written, 0 unchanged, 0 deleted')
assert builds.files(sources) == generated
assert builds.files(resources) == ['META-INF/services/io.github.ucwakit.runtime.BindingProvider']

builds.age(sources, resources)
assert builds.file('target/ucwakit-state/generate-default.state').delete()
log = builds.mvn('state-deleted', 'compile')
assert log.contains(': 0 files written, 9 unchanged, 0 deleted')
assert builds.touched(sources) == [] && builds.touched(resources) == []
assert builds.files('target/ucwakit-state') == ['generate-default.state']
return true
