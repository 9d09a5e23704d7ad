// Two modules generating in a parallel build (-T 2): no thread-safety warning, both generated; built again, both
// are up to date and no generated or compiled file is touched.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def first = builds.log('build.log')
assert first.contains('MultiThreadedBuilder') && first.contains('thread count of 2')
assert !first.contains('not marked as thread-safe')
def outputs = ['contacts', 'rooms'].collectMany { ["$it/target/generated-sources/ucwakit", "$it/target/ucwakit-state"] }
outputs.each { assert builds.files(it) : "nothing in $it" }
builds.age(*outputs)
def classes = ['contacts', 'rooms'].collectEntries { [(it): builds.snapshot("$it/target/classes")] }

def log = builds.mvn('again', '-T', '2', 'compile')
assert (log =~ /UCWA bindings in .* are up to date \(1 resource, 0 enumerations, 5 files unchanged\)/).size() == 2
outputs.each { assert builds.touched(it) == [] : "$it touched" }
classes.each { module, before -> assert builds.snapshot("$module/target/classes") == before }
return true
