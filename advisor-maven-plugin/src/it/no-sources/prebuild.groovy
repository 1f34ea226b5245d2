// Each test project stands for a repository of its own (output paths are relative to the nearest folder holding
// .git); without this one, the nearest would be this plugin's own checkout.
new File(basedir, '.git').mkdirs()
return true
