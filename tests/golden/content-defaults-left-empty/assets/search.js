var layout = "wrap";
