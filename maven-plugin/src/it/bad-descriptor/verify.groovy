def log = new File(basedir, 'build.log').text
// Every problem is reported at once, each with its file, line and column.
assert log =~ /contact\.yaml:4:5: .*tpye/ : 'the unknown key is not reported at its location'
assert log =~ /contact\.yaml:6:11: .*Availabilty/ : 'the unknown type is not reported at its location'
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/ucwakit').exists() : 'a bad descriptor must write nothing'
return true
