// Stands in for CSS (and CSS module class maps) under Jest; class names are irrelevant to behaviour tests.
const classes: Record<string, string> = {};
export default classes;
