// A name that goes into the YAML of a saga or discovery block must stay a plain YAML scalar.
export const SAFE_NAME = "^[A-Za-z0-9][A-Za-z0-9 ()/.,'&-]*$";
export const SAFE_NAME_MESSAGE =
  "may hold only letters, digits, spaces and ( ) / . , ' & - (it is written into the diagram block's YAML)";
