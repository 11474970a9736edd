"""Finding an official without SPARQL: names matched loosely, namesakes told apart, careers."""
