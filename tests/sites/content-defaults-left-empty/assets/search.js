---
layout: null
---
var layout = "{{ page.layout }}";
