package org.budgetledger.query.lint;

/**
 * How bad a finding is. ERROR: the document contradicts itself (or the ledger) beyond rounding.
 * WARNING: something a reviewer must look at, such as template text left in or a breakdown that
 * leaves part of its total unexplained. INFO: a difference the rounding of each printed cell
 * explains (本套报表金额单位转换时可能存在尾数误差), or a note on how the text was read.
 */
public enum Severity {
    ERROR, WARNING, INFO
}
