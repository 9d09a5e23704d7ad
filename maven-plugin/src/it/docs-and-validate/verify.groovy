// The validate goal checks the descriptors at the start of the build; the docs goal writes the reference. A broken
// descriptor fails validate with its location and leaves the reference as it was; -Ducwakit.docsFormats chooses
// the formats from the command line.
def builds = evaluate(new File(itLib, 'builds.groovy'))
def docs = 'target/ucwakit-docs'
def log = builds.log('build.log')
assert log.contains('UCWA descriptors are valid: 1 resource, 1 enumeration, 0 warnings')
assert log =~ /UCWA reference of \d+ pages in .*: \d+ files written, 0 unchanged, 0 deleted/
def pages = builds.files(docs)
assert pages.any { it.startsWith('markdown/') && it.endsWith('.md') }
assert pages.any { it.startsWith('html/') && it.endsWith('.html') }
assert pages.findAll { it.startsWith('html/') && it.endsWith('.html') }
        .every { builds.file("$docs/$it").text.contains('Contacts reference') }
assert pages.containsAll(['html/sign-in-and-events.html', 'markdown/sign-in-and-events.md',
        'markdown/sign-in-and-events.svg']) : 'the guide and its figure come with the reference'
assert builds.file("$docs/html/sign-in-and-events.html").text.contains('<svg xmlns="http://www.w3.org/2000/svg"')
assert !builds.file('target/generated-sources/ucwakit').exists() : 'validate and docs generate no code'

builds.age(docs)
def descriptor = builds.file('src/main/ucwa/contact.yaml')
def good = descriptor.text
descriptor.text = good.replace('type: Availability', 'type: Availabilty')
log = builds.mvnFailing('invalid', 'prepare-package')
assert log =~ /contact\.yaml:\d+:\d+: .*Availabilty/
assert !log.contains('UCWA reference of')
assert builds.touched(docs) == []

descriptor.text = good
log = builds.mvn('markdown-only', '-Ducwakit.docsFormats=markdown', 'prepare-package')
assert log =~ /UCWA reference of \d+ pages in .*: 0 files written, \d+ unchanged, 0 deleted/
assert builds.touched(docs) == []
return true
