// GoParser.g4 — the syntax of Go 1.19 (https://go.dev/ref/spec), type parameters included.
//
// Written for fast SLL parsing: every decision is LL(1) or needs a short
// lookahead; no semantic predicates or actions.
//  - T(x) is a call and a[i] an index; typecheck decides conversion / call /
//    instantiation. *T in an expression is a dereference.
//  - Statement lists are `stmt? (';' stmt?)*`, so a statement's extent never
//    has to be predicted by scanning to its end.
//  - if/for/switch headers use the "NL" expression chain (No composite
//    Literal with a bare type name), which is how the spec's rule about
//    parenthesizing such literals is expressed without predicates; inside
//    (), [] and {} the normal chain is used again.
//  - Headers are parsed as gc does: simple statements separated by ';', the
//    AST builder checks which part must be an expression.
//  - Parameter lists are a flat list of `[name] [...]type`; the builder groups
//    `a, b int` as gc does.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

sourceFile: packageClause SEMI (topLevelDecl SEMI)* EOF;

packageClause: PACKAGE IDENT;

topLevelDecl: importDecl | declaration | functionDecl;

importDecl: IMPORT (importSpec | LPAREN importSpec? (SEMI importSpec?)* RPAREN);
importSpec: (DOT | IDENT)? importPath;
importPath: STRING_LIT | RAW_STRING_LIT;

declaration: constDecl | typeDecl | varDecl;

constDecl: CONST (constSpec | LPAREN constSpec? (SEMI constSpec?)* RPAREN);
constSpec: identList (type_? ASSIGN exprList)?;

varDecl: VAR (varSpec | LPAREN varSpec? (SEMI varSpec?)* RPAREN);
varSpec: identList (type_ (ASSIGN exprList)? | ASSIGN exprList);

typeDecl: TYPE (typeSpec | LPAREN typeSpec? (SEMI typeSpec?)* RPAREN);
typeSpec: IDENT typeParameters? ASSIGN? type_;

identList: IDENT (COMMA IDENT)*;

functionDecl: FUNC receiver? IDENT typeParameters? signature block?;
receiver: parameters;

typeParameters: LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK;
typeParamDecl: identList typeElem;
typeElem: typeTerm (OR typeTerm)*;
typeTerm: TILDE? type_;

signature: parameters result?;
result: parameters | resultType;
// A parenthesized result is a parameter list, so `(` decides at once.
resultType: typeName typeArgs? | typeLit;
parameters: LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN;
parameterDecl: IDENT? ELLIPSIS? type_;

// ---- types

type_: typeName typeArgs? | typeLit | LPAREN type_ RPAREN;
typeName: IDENT (DOT IDENT)?;
typeArgs: LBRACK type_ (COMMA type_)* COMMA? RBRACK;
typeLit: arrayType | structType | pointerType | functionType | interfaceType | sliceType | mapType | channelType;
arrayType: LBRACK (expr | ELLIPSIS) RBRACK type_;
sliceType: LBRACK RBRACK type_;
pointerType: STAR type_;
functionType: FUNC signature;
mapType: MAP LBRACK type_ RBRACK type_;
channelType: CHAN ARROW type_ | CHAN type_ | ARROW CHAN type_;
structType: STRUCT LBRACE fieldDecl? (SEMI fieldDecl?)* RBRACE;
fieldDecl: (identList type_ | embeddedField) (STRING_LIT | RAW_STRING_LIT)?;
embeddedField: STAR? typeName typeArgs?;
interfaceType: INTERFACE LBRACE interfaceElem? (SEMI interfaceElem?)* RBRACE;
interfaceElem: methodSpec | typeElem;
methodSpec: IDENT signature;

// ---- statements

block: LBRACE stmtList RBRACE;
stmtList: statement? (SEMI statement?)*;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt: IDENT COLON statement?;

// expression, send, inc/dec, assignment, short variable declaration
simpleStmt: exprList (ARROW expr | INC | DEC | ASSIGN_OP exprList | (ASSIGN | DEFINE) exprList)?;

goStmt: GO expr;
deferStmt: DEFER expr;
returnStmt: RETURN exprList?;
breakStmt: BREAK IDENT?;
continueStmt: CONTINUE IDENT?;
gotoStmt: GOTO IDENT;
fallthroughStmt: FALLTHROUGH;

ifStmt: IF header block (ELSE (ifStmt | block))?;
switchStmt: SWITCH header LBRACE caseClause* RBRACE;
caseClause: (CASE exprList | DEFAULT) COLON stmtList;
selectStmt: SELECT LBRACE commClause* RBRACE;
commClause: (CASE simpleStmt | DEFAULT) COLON stmtList;
forStmt: FOR forHeader block;

// if/switch: [init ;] cond-or-tag ; for: init ; cond ; post | cond | range clause
header: simpleStmtNL? (SEMI simpleStmtNL?)?;
forHeader: simpleStmtNL? (SEMI simpleStmtNL? SEMI simpleStmtNL?)?;
simpleStmtNL
    : exprListNL (ARROW exprNL | INC | DEC | ASSIGN_OP exprListNL | (ASSIGN | DEFINE) (RANGE exprNL | exprListNL))?
    | RANGE exprNL
    ;

// ---- expressions (normal chain)

exprList: expr (COMMA expr)*;
expr: andExpr (OROR andExpr)*;
andExpr: relExpr (ANDAND relExpr)*;
relExpr: addExpr ((EQL | NEQ | LSS | LEQ | GTR | GEQ) addExpr)*;
addExpr: mulExpr ((PLUS | MINUS | OR | CARET) mulExpr)*;
mulExpr: unaryExpr ((STAR | DIV | MOD | SHL | SHR | AMPERSAND | ANDNOT) unaryExpr)*;
unaryExpr: primaryExpr | (PLUS | MINUS | NOT | CARET | STAR | AMPERSAND | ARROW) unaryExpr;
primaryExpr: (operand | literalType) postfix*;
postfix: selector | index | arguments | literalValue;

// ---- expressions in if/for/switch headers: no T{...} with a bare type name

exprListNL: exprNL (COMMA exprNL)*;
exprNL: andExprNL (OROR andExprNL)*;
andExprNL: relExprNL (ANDAND relExprNL)*;
relExprNL: addExprNL ((EQL | NEQ | LSS | LEQ | GTR | GEQ) addExprNL)*;
addExprNL: mulExprNL ((PLUS | MINUS | OR | CARET) mulExprNL)*;
mulExprNL: unaryExprNL ((STAR | DIV | MOD | SHL | SHR | AMPERSAND | ANDNOT) unaryExprNL)*;
unaryExprNL: primaryExprNL | (PLUS | MINUS | NOT | CARET | STAR | AMPERSAND | ARROW) unaryExprNL;
primaryExprNL: (operand | literalType literalValue?) postfixNL*;
postfixNL: selector | index | arguments;

// ---- shared pieces

operand
    : NUMBER
    | RUNE_LIT
    | STRING_LIT
    | RAW_STRING_LIT
    | IDENT
    | LPAREN expr RPAREN
    | FUNC signature block?          // function literal, or a function type
    | CHAN ARROW? type_              // chan T / chan<- T (<-chan T is a unary <- applied to chan T)
    | interfaceType
    ;
// Types that may precede a composite literal in any context.
literalType: arrayType | sliceType | mapType | structType;

selector: DOT IDENT | DOT LPAREN (type_ | TYPE) RPAREN;
index: LBRACK expr? (COLON expr? (COLON expr?)? | (COMMA expr)* COMMA?) RBRACK;
arguments: LPAREN (exprList ELLIPSIS? COMMA?)? RPAREN;
literalValue: LBRACE (element (COMMA element)* COMMA?)? RBRACE;
element: elemValue (COLON elemValue)?;
elemValue: expr | literalValue;
