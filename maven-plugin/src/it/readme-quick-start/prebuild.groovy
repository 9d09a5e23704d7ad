// Builds this project from README.md's Quick start: each fenced block follows a comment
// <!-- quick-start: KIND [PATH] --> in the README, and is taken as it stands.
def readme = new File(readmeFile).getText('UTF-8')

def blocks = []
def marker = ~/<!-- quick-start: (\S+)(?: (\S+))? -->\s*\n```[a-z]*\n/
def matcher = marker.matcher(readme)
while (matcher.find()) {
    int end = readme.indexOf('\n```', matcher.end() - 1)
    assert end > 0 : "README.md: the block after '${matcher.group()}' is not closed"
    blocks << [kind: matcher.group(1), path: matcher.group(2), text: readme.substring(matcher.end(), end + 1)]
}
def only = { String kind ->
    def found = blocks.findAll { it.kind == kind }
    assert found.size() == 1 : "README.md: expected one quick-start block '$kind', found ${found.size()}"
    found[0].text
}

// The install command makes the runtime and the plugin available: the modules it names include both.
def install = only('install').trim()
assert install.startsWith('mvn ') && install.contains(' install') : "README.md: not an install command: $install"
def modules = (install =~ /-pl\s+(\S+)/)
if (modules.find()) {
    def named = modules.group(1).split(',') as List
    assert named.containsAll(['runtime', 'maven-plugin']) : "README.md: the install command leaves out the runtime or the plugin: $install"
}

def pom = new File(basedir, 'pom.xml')
def text = pom.getText('UTF-8')
['dependency', 'plugin'].each { kind ->
    def slot = "<!-- README: $kind -->"
    assert text.contains(slot)
    text = text.replace(slot, only(kind).trim())
}
pom.setText(text, 'UTF-8')

def files = blocks.findAll { it.kind == 'file' }
assert files.any { it.text =~ /(?m)^resource:/ } : 'README.md: the Quick start describes no resource'
assert files.any { it.text =~ /(?m)^enumeration:/ } : 'README.md: the Quick start describes no enumeration'
files.each {
    def file = new File(basedir, it.path)
    file.parentFile.mkdirs()
    file.setText(it.text, 'UTF-8')
}

// The Java excerpt: its imports on top, its statements as the body of ReadmeQuickStart.run(String body).
def java = only('java').readLines()
def imports = java.findAll { it.startsWith('import ') }
def statements = java.findAll { !it.startsWith('import ') && !it.isBlank() }
assert !statements.isEmpty() : 'README.md: the Java excerpt has no statement'
def last = (statements.last() =~ /^\s*[\w.<>,?\[\] ]+?\s+(\w+)\s*=/)
assert last.find() : "README.md: the Java excerpt's last statement declares no variable: ${statements.last()}"
def source = new File(basedir, 'src/main/java/com/example/app/ReadmeQuickStart.java')
source.parentFile.mkdirs()
source.setText((['package com.example.app;', ''] + imports + ['',
        '/** The Java excerpt of README.md\'s Quick start, as it stands there, returning its last variable. */',
        'public final class ReadmeQuickStart {',
        '    private ReadmeQuickStart() {}',
        '',
        '    /** Runs the excerpt on a conversation body in JSON. */',
        '    public static Object run(String body) {']
        + statements.collect { '        ' + it }
        + ['        return ' + last.group(1) + ';', '    }', '}', '']).join('\n'), 'UTF-8')
println "README Quick start: ${blocks.size()} blocks, ${files.size()} descriptors, ${statements.size()} Java statements"
return true
