~HTML"<b>x</b>"
