// The schedc policy language, first version. Reference: docs/language.md.
//
// Newlines are hidden tokens. Statements need no separator because each one starts with a
// distinctive keyword or is an expression. The two places where a line break matters are handled
// by retyping tokens before the parser sees them (org.schedc.syntax.LineStartTokens):
//   - a '-' that starts a line (outside parentheses) is LINE_MINUS: unary only, so `a = b` NEWLINE `-c`
//     is two statements;
//   - a '(' that starts a line (outside parentheses) is LINE_LPAREN: grouping only, never a call.
// `return` takes a value only when the value starts on the same line (predicate onSameLine).
grammar Schedc;

tokens { LINE_MINUS, LINE_LPAREN, TOO_DEEP }

@parser::members {
    /** True when the next token starts on the line of the previous one. */
    boolean onSameLine() {
        Token next = _input.LT(1);
        Token prev = _input.LT(-1);
        return prev != null && next.getType() != EOF && next.getLine() == prev.getLine();
    }
}

// ---------------------------------------------------------------- file and policy

policyFile : (importDecl | SEMI)* (policyDecl | moduleDecl)? EOF ;

// A module file: `module NAME`, then imports and items (no handlers: the checker reports them).
moduleDecl : MODULE ident (importDecl | item)* ;

importDecl : IMPORT (ident | STRING) ;

policyDecl : POLICY ident policyHeader policyBody ;

// A rule of its own so that an error in the header resynchronises at '{' and the body still parses.
policyHeader : (FOR KERNELS kernelList)? ;

kernelList : VERSION (COMMA VERSION)* ;

policyBody : LBRACE item* RBRACE ;

item
    : TIMEOUT expr                                                      # timeoutItem
    | FLAGS ident (COMMA ident)*                                        # flagsItem
    | KERNELS kernelList                                                # kernelsItem
    | CONST ident (COLON type)? ASSIGN expr                             # constItem
    | QUEUE ident COLON ident                                           # queueItem
    | VAR ident COLON type (ASSIGN expr)?                               # globalVarItem
    | FN ident lparen (param (COMMA param)* COMMA?)? RPAREN (ARROW type)? block                # functionItem
    | ON ident lparen (handlerParam (COMMA handlerParam)* COMMA?)? RPAREN (ARROW type)? block  # handlerItem
    | TAGS ident (COMMA ident)*                                         # tagsItem
    | COUNTER ident (COMMA ident)*                                      # counterItem
    | owner=(TASK_STATE | CPU_STATE) LBRACE (param COMMA?)* RBRACE      # stateItem
    | CLASSIFY LBRACE classifyRule* RBRACE                              # classifyItem
    | SEMI                                                              # emptyItem
    ;

type : ident QUESTION? | LBRACKET ident SEMI INT RBRACKET ;

// `comm starts "x"`, `parent comm starts "x"`, `cgroup under "/x"`, `uid == 1000`, `nice > 0`: the words
// are checked by the AST builder, so the rule words stay ordinary names.
classifyRule : words+=ident+ (STRING | cmpOp=(EQ | NE | LT | LE | GT | GE) value=expr) FATARROW tag=ident COMMA? ;

param : ident COLON type ;

// A type here is an error (E0119): handler parameter types come from the kernel.
handlerParam : ident (COLON type)? ;

lparen : LPAREN | LINE_LPAREN ;

// ---------------------------------------------------------------- statements

block : LBRACE stmt* RBRACE ;

stmt
    : (LET | VAR) ident (COLON type)? ASSIGN expr                       # letStmt
    | IF conditions+=expr branches+=block (ELSE IF conditions+=expr branches+=block)* (ELSE otherwise=block)?  # ifStmt
    | MATCH expr LBRACE (matchArm COMMA?)* RBRACE                       # matchStmt
    | FOR ident IN rangeFrom=expr DOTDOT rangeTo=expr block             # forStmt
    | RETURN ({onSameLine()}? expr)?                                    # returnStmt
    | INSERT task=expr INTO queueRef SLICE slice=expr (VTIME vtime=expr)? (FLAGS insertFlags=expr)?  # insertStmt
    | BREAK                                                             # breakStmt
    | CONTINUE                                                          # continueStmt
    | target=expr (assignOp value=expr)?                                # exprStmt
    | SEMI                                                              # emptyStmt
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN
    | AMP_ASSIGN | PIPE_ASSIGN | CARET_ASSIGN | SHL_ASSIGN | SHR_ASSIGN
    ;

matchArm : pattern (PIPE pattern)* FATARROW block ;

pattern
    : INT                                # intPattern
    | (MINUS | LINE_MINUS) INT           # negativeIntPattern
    | UNDERSCORE                         # wildcardPattern
    | ident                              # namePattern
    ;

queueRef
    : LOCAL                              # localQueue
    | GLOBAL                             # globalQueue
    | LOCAL_ON lparen expr RPAREN        # localOnQueue
    | ident                              # namedQueue
    ;

// ---------------------------------------------------------------- expressions, low to high precedence

expr       : orExpr ;
orExpr     : operands+=andExpr (ops+=(OROR | OR) operands+=andExpr)* ;
andExpr    : operands+=cmpExpr (ops+=(ANDAND | AND) operands+=cmpExpr)* ;
// Comparisons are non-associative; a chain parses and is reported (E0112) by the AST builder.
cmpExpr    : operands+=bitOrExpr (ops+=(EQ | NE | LT | LE | GT | GE) operands+=bitOrExpr)* (IN LBRACKET (options+=expr (COMMA options+=expr)* COMMA?)? RBRACKET)? ;
bitOrExpr  : operands+=xorExpr (ops+=PIPE operands+=xorExpr)* ;
xorExpr    : operands+=bitAndExpr (ops+=CARET operands+=bitAndExpr)* ;
bitAndExpr : operands+=shiftExpr (ops+=AMP operands+=shiftExpr)* ;
shiftExpr  : operands+=addExpr (ops+=(SHL | SHR) operands+=addExpr)* ;
addExpr    : operands+=mulExpr (ops+=(PLUS | MINUS) operands+=mulExpr)* ;
mulExpr    : operands+=castExpr (ops+=(STAR | SLASH | PERCENT) operands+=castExpr)* ;
castExpr   : unaryExpr (AS type)* ;
unaryExpr  : ops+=(MINUS | LINE_MINUS | BANG | TILDE)* postfixExpr ;
postfixExpr : primary (DOT fieldName)* ;

primary
    : INT                                              # intLiteral
    | TRUE                                             # trueLiteral
    | FALSE                                            # falseLiteral
    | NULL                                             # nullLiteral
    | STRING                                           # stringLiteral
    | ident DOT fieldName LPAREN (expr (COMMA expr)* COMMA?)? RPAREN # qualifiedCallExpr
    | ident LPAREN (expr (COMMA expr)* COMMA?)? RPAREN # callExpr
    | ident                                            # nameExpr
    | lparen expr RPAREN                               # parenExpr
    | MOVE queueRef TO LOCAL                           # moveExpr
    | TOO_DEEP                                         # tooDeepExpr
    ;

// Soft keywords: meaningful only in their own item or clause, usable as names elsewhere.
ident : IDENT | KERNELS | TIMEOUT | FLAGS | SLICE | VTIME | FIFO | TAGS | COUNTER | CLASSIFY | MODULE ;

// After '.', every word is a field name: kernel structs use names such as flags, prio, in.
fieldName
    : IDENT | IMPORT | POLICY | FOR | KERNELS | TIMEOUT | FLAGS | CONST | QUEUE | VAR | LET | FN | ON
    | IF | ELSE | MATCH | IN | RETURN | INSERT | INTO | SLICE | VTIME | FIFO | MOVE | TO | BREAK
    | CONTINUE | TRUE | FALSE | NULL | AS | AND | OR | LOCAL | GLOBAL | LOCAL_ON | UNDERSCORE
    | TAGS | COUNTER | CLASSIFY | MODULE
    ;

// ---------------------------------------------------------------- lexer

IMPORT : 'import' ;
POLICY : 'policy' ;
FOR : 'for' ;
KERNELS : 'kernels' ;
TIMEOUT : 'timeout' ;
FLAGS : 'flags' ;
CONST : 'const' ;
QUEUE : 'queue' ;
VAR : 'var' ;
LET : 'let' ;
FN : 'fn' ;
ON : 'on' ;
IF : 'if' ;
ELSE : 'else' ;
MATCH : 'match' ;
IN : 'in' ;
RETURN : 'return' ;
INSERT : 'insert' ;
INTO : 'into' ;
SLICE : 'slice' ;
VTIME : 'vtime' ;
FIFO : 'fifo' ;
MOVE : 'move' ;
TO : 'to' ;
BREAK : 'break' ;
CONTINUE : 'continue' ;
TRUE : 'true' ;
FALSE : 'false' ;
NULL : 'null' ;
AS : 'as' ;
AND : 'and' ;
OR : 'or' ;
LOCAL : 'local' ;
GLOBAL : 'global' ;
LOCAL_ON : 'local_on' ;
TAGS : 'tags' ;
COUNTER : 'counter' ;
// `task state` / `cpu state` as one token each, so that no item has to start with a plain name.
TASK_STATE : 'task' [ \t]+ 'state' ;
CPU_STATE : 'cpu' [ \t]+ 'state' ;
CLASSIFY : 'classify' ;
MODULE : 'module' ;

LBRACE : '{' ;
RBRACE : '}' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA : ',' ;
SEMI : ';' ;
COLON : ':' ;
QUESTION : '?' ;
ARROW : '->' ;
FATARROW : '=>' ;
DOTDOT : '..' ;
DOT : '.' ;

ASSIGN : '=' ;
PLUS_ASSIGN : '+=' ;
MINUS_ASSIGN : '-=' ;
STAR_ASSIGN : '*=' ;
SLASH_ASSIGN : '/=' ;
PERCENT_ASSIGN : '%=' ;
AMP_ASSIGN : '&=' ;
PIPE_ASSIGN : '|=' ;
CARET_ASSIGN : '^=' ;
SHL_ASSIGN : '<<=' ;
SHR_ASSIGN : '>>=' ;

OROR : '||' ;
ANDAND : '&&' ;
EQ : '==' ;
NE : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
PIPE : '|' ;
CARET : '^' ;
AMP : '&' ;
SHL : '<<' ;
SHR : '>>' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
BANG : '!' ;
TILDE : '~' ;

// `0..4` lexes as INT DOTDOT INT: VERSION needs a digit after each dot.
VERSION : DIGIT+ '.' DIGIT+ ('.' DIGIT+)? ;

INT : DECIMAL TIME_UNIT? | HEXADECIMAL ;

// A run of letters and digits that starts like a number but is no valid literal (`5min`, `0xg`,
// `1_`). It reaches the parser as INT so one bad literal gives one diagnostic (E0103/E0104).
BAD_NUMBER : DIGIT [0-9a-zA-Z_]* -> type(INT) ;

UNDERSCORE : '_' ;
IDENT : [a-zA-Z_] [a-zA-Z_0-9]* ;

STRING : '"' STRING_CHAR* '"' ;
// Reported as E0102 by the lexical checks; the parser sees a STRING.
UNTERMINATED_STRING : '"' STRING_CHAR* '\\'? -> type(STRING) ;

WS : [ \t\r\n\f]+ -> channel(HIDDEN) ;
LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
// Body without `*/`, so this never wins over a terminated comment.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN) ;

// Anything else; reported as E0100 by the lexical checks, invisible to the parser.
ERROR_CHAR : . -> channel(HIDDEN) ;

fragment DIGIT : [0-9] ;
fragment DECIMAL : DIGIT ('_'* DIGIT)* ;
fragment HEXADECIMAL : '0' [xX] HEX_DIGIT ('_'* HEX_DIGIT)* ;
fragment HEX_DIGIT : [0-9a-fA-F] ;
fragment TIME_UNIT : 'ns' | 'us' | 'ms' | 's' ;
fragment STRING_CHAR : '\\' ~[\r\n] | ~["\\\r\n] ;
