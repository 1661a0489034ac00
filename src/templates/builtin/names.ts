// A name that goes into the YAML of a saga or discovery block must stay a plain YAML scalar.
export const SAFE_NAME = "^[A-Za-z0-9][A-Za-z0-9 ()/.,'&-]*$";
export const SAFE_NAME_MESSAGE =
  "may hold only letters, digits, spaces and ( ) / . , ' & - (it is written into the diagram block's YAML)";

// Variables several built-in templates ask for, written once (YAML lines of the `variables:` list).
export const AUTHOR_VARIABLE = `  - name: author
    prompt: Your name, for the front matter
    required: false
`;
export const SYSTEM_VARIABLE = `  - name: system
    prompt: Name of the system
    default: Checkout Platform
`;
