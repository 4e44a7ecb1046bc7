// GoLexer.g4 — Go 1.19 tokens (https://go.dev/ref/spec#Lexical_elements).
//
// Automatic semicolon insertion is not done here: NEWLINE and comment tokens
// are emitted and the C++ token source (src/frontend/lexer.cpp) turns them
// into SEMI tokens after a line's last token when the spec asks for it.
// Literals are lexed generously (e.g. 089, 0b12) so that Constant::fromLiteral
// can report gc's precise message instead of a confusing token split.
lexer grammar GoLexer;

BREAK: 'break';
CASE: 'case';
CHAN: 'chan';
CONST: 'const';
CONTINUE: 'continue';
DEFAULT: 'default';
DEFER: 'defer';
ELSE: 'else';
FALLTHROUGH: 'fallthrough';
FOR: 'for';
FUNC: 'func';
GO: 'go';
GOTO: 'goto';
IF: 'if';
IMPORT: 'import';
INTERFACE: 'interface';
MAP: 'map';
PACKAGE: 'package';
RANGE: 'range';
RETURN: 'return';
SELECT: 'select';
STRUCT: 'struct';
SWITCH: 'switch';
TYPE: 'type';
VAR: 'var';

IDENT: LETTER (LETTER | [\p{Nd}])*;

// Operators and punctuation.
ELLIPSIS: '...';
LPAREN: '(';
RPAREN: ')';
LBRACK: '[';
RBRACK: ']';
LBRACE: '{';
RBRACE: '}';
COMMA: ',';
SEMI: ';';
DOT: '.';
DEFINE: ':=';
COLON: ':';
ASSIGN: '=';
// op= tokens (gc's _AssignOp)
ASSIGN_OP: ('+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>' | '&^') '=';
INC: '++';
DEC: '--';
OROR: '||';
ANDAND: '&&';
EQL: '==';
NEQ: '!=';
LEQ: '<=';
GEQ: '>=';
LSS: '<';
GTR: '>';
ARROW: '<-';
PLUS: '+';
MINUS: '-';
OR: '|';
CARET: '^';
STAR: '*';
DIV: '/';
MOD: '%';
SHL: '<<';
SHR: '>>';
AMPERSAND: '&';
ANDNOT: '&^';
NOT: '!';
TILDE: '~';

// Numbers: one token; the AST builder classifies int / float / imaginary.
NUMBER
    : '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)? ([pP] [+-]? [0-9_]*)? 'i'?
    | '0' [bBoO] [0-9_]* 'i'?
    | [0-9] [0-9_]* ('.' [0-9_]*)? ([eE] [+-]? [0-9_]*)? 'i'?
    | '.' [0-9] [0-9_]* ([eE] [+-]? [0-9_]*)? 'i'?
    ;

RUNE_LIT: '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\'';
STRING_LIT: '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
RAW_STRING_LIT: '`' ~'`'* '`';

// Unterminated literals and comments: reported by the token source in gc's words.
UNTERMINATED_RUNE: '\'' (~['\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_STRING: '"' (~["\\\r\n] | '\\' ~[\r\n])*;
UNTERMINATED_RAW: '`' ~'`'*;
UNTERMINATED_COMMENT: '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;

// A /*...*/ comment containing a newline acts like a newline (the token source checks).
BLOCK_COMMENT: '/*' .*? '*/';
LINE_COMMENT: '//' ~[\r\n]* -> skip;
NEWLINE: '\n';
WS: [ \t\r\f\u000B]+ -> skip;

// Anything else: the token source reports "invalid character".
ERRCHAR: .;

fragment LETTER: [\p{L}] | '_';
