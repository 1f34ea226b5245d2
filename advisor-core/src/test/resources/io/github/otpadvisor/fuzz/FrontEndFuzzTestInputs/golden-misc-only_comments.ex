# This file only has comments.
#
#   indented comment text
# TODO: nothing here yet
#! shebang-looking comment
